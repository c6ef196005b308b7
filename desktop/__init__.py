"""课堂测评 (Training Assessment): offline desktop app for customer-service training classes."""

__version__ = "0.1.0"
