"""Accounts: roles (groups), TOTP two-factor authentication, API tokens."""
