"""Training code for the models shipped in ``hirehound/data``.

Dev only: it needs scikit-learn, which the Lambda layer does not ship.
"""
