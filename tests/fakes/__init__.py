"""Fakes that tests run against: real local servers speaking the real protocols."""
