"""Training code for the models shipped in ``hirehound/data`` (dev only: needs scikit-learn, not in the layer)."""
