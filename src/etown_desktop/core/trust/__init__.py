"""Signed editions: publisher keys, the laptop's trusted keys and policy, signed manifests,
their verification before a pack is unpacked, and key rotation statements (Qt-free)."""
