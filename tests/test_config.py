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


def test_llm_settings_are_typed_and_off_by_default():
    off = load({}).llm
    assert not off.enabled and off.url == "" and off.api_key is None
    assert (off.timeout, off.allow_remote) == (60.0, False)
    on = load(
        {
            "NEZABUDKA_LLM_URL": " http://127.0.0.1:8080/v1 ",
            "NEZABUDKA_LLM_MODEL": "qwen",
            "NEZABUDKA_LLM_TIMEOUT": "12.5",
            "NEZABUDKA_LLM_API_KEY": "sk-secret-123",
            "NEZABUDKA_LLM_ALLOW_REMOTE": "yes",
        }
    ).llm
    assert on.enabled and (on.url, on.model, on.timeout) == (
        "http://127.0.0.1:8080/v1",
        "qwen",
        12.5,
    )
    assert on.allow_remote is True and on.api_key == "sk-secret-123"


def test_the_llm_api_key_is_never_printed():
    config = load({"NEZABUDKA_LLM_URL": "http://127.0.0.1/v1", "NEZABUDKA_LLM_MODEL": "m",
                   "NEZABUDKA_LLM_API_KEY": "sk-secret-123"})  # fmt: skip
    assert "sk-secret-123" not in repr(config) and "sk-secret-123" not in str(config.llm)


def test_the_secret_key_is_never_printed():
    config = load({"NEZABUDKA_SECRET_KEY": "django-secret-xyz-123"})
    assert config.secret_key == "django-secret-xyz-123"
    assert "django-secret-xyz-123" not in repr(config)


@pytest.mark.parametrize(
    ("env", "setting"),
    [
        ({"NEZABUDKA_LLM_URL": "http://127.0.0.1/v1"}, "NEZABUDKA_LLM_MODEL"),
        ({"NEZABUDKA_LLM_URL": "127.0.0.1:8080", "NEZABUDKA_LLM_MODEL": "m"}, "NEZABUDKA_LLM_URL"),
        ({"NEZABUDKA_LLM_TIMEOUT": "soon"}, "NEZABUDKA_LLM_TIMEOUT"),
        ({"NEZABUDKA_LLM_TIMEOUT": "-1"}, "NEZABUDKA_LLM_TIMEOUT"),
        ({"NEZABUDKA_LLM_TIMEOUT": "nan"}, "NEZABUDKA_LLM_TIMEOUT"),
        ({"NEZABUDKA_LLM_ALLOW_REMOTE": "maybe"}, "NEZABUDKA_LLM_ALLOW_REMOTE"),
    ],
)
def test_invalid_llm_settings_stop_the_start_naming_the_setting(env, setting):
    with pytest.raises(ConfigError, match=setting):
        load(env)
