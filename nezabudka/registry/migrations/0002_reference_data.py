from django.db import migrations


def load(apps, schema_editor):
    from nezabudka.registry.reference_loader import load_reference

    load_reference(apps.get_model("registry", "CriminalArticle"),
                   apps.get_model("registry", "PlaceOfDetention"))


class Migration(migrations.Migration):
    dependencies = [("registry", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
