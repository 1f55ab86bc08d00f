"""The registry's bridge to the publication policy (see nezabudka.web.policy_adapter, where
it lives while the web application is being built; exports and other channels import it from
here so they do not depend on the web package)."""

from nezabudka.web.policy_adapter import (  # noqa: F401
    FACT_FIELD,
    jsonable,
    person_record,
    show,
    show_many,
    visible_facts,
)
