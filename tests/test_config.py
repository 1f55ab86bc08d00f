import pytest

from nezabudka.config import ConfigError, load


def test_production_requires_a_secret_key():
    with pytest.raises(ConfigError, match="NEZABUDKA_SECRET_KEY"):
        load({"NEZABUDKA_ENV": "production"})


def test_development_makes_an_ephemeral_key_never_a_fixed_default():
    a, b = load({}), load({})
    assert a.secret_key_is_ephemeral and a.secret_key != b.secret_key


def test_invalid_env():
    with pytest.raises(ConfigError, match="development"):
        load({"NEZABUDKA_ENV": "staging"})
