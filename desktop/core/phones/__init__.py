"""Phones as buzzers: seats, PINs and tokens, one-way delay estimates, the phone protocol. Pure Python."""
