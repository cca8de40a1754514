# Initial schema of the dossiers app.

import django.db.models.deletion
import django.utils.timezone
import onboarding.dossiers.models
import onboarding.dossiers.storage
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('businesses', '0001_initial'),
        ('grants', '0001_initial'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='Application',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('siren', models.CharField(editable=False, max_length=9, verbose_name='SIREN')),
                ('status', models.CharField(choices=[('draft', 'Brouillon'), ('ready', 'Prête à déposer'), ('submitted', 'Déposée'), ('more_info', 'Compléments demandés'), ('approved', 'Accordée'), ('paid', 'Versée'), ('rejected', 'Refusée')], db_index=True, default='draft', max_length=12, verbose_name='statut')),
                ('funder_reference', models.CharField(blank=True, max_length=100, verbose_name='référence du financeur')),
                ('iban', models.CharField(blank=True, max_length=34, verbose_name='IBAN')),
                ('bic', models.CharField(blank=True, max_length=11, verbose_name='BIC')),
                ('account_holder', models.CharField(blank=True, max_length=200, verbose_name='titulaire du compte')),
                ('sworn_at', models.DateTimeField(blank=True, null=True, verbose_name='déclaration signée le')),
                ('sworn_name', models.CharField(blank=True, max_length=200, verbose_name='signée par')),
                ('created_at', models.DateTimeField(auto_now_add=True)),
                ('updated_at', models.DateTimeField(auto_now=True)),
                ('business', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='applications', to='businesses.business')),
                ('programme', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='applications', to='grants.programme')),
            ],
            options={
                'verbose_name': "demande d'aide",
                'verbose_name_plural': "demandes d'aide",
                'ordering': ['-created_at', '-pk'],
            },
        ),
        migrations.CreateModel(
            name='Comment',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('body', models.TextField(verbose_name='commentaire')),
                ('asks_changes', models.BooleanField(default=False, verbose_name='demande des modifications')),
                ('created_at', models.DateTimeField(auto_now_add=True)),
                ('resolved_at', models.DateTimeField(blank=True, null=True, verbose_name='traité le')),
                ('application', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='comments', to='dossiers.application')),
                ('author', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'verbose_name': 'commentaire',
                'verbose_name_plural': 'commentaires',
                'ordering': ['created_at', 'pk'],
            },
        ),
        migrations.CreateModel(
            name='Expense',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('supplier', models.CharField(max_length=200, verbose_name='fournisseur')),
                ('invoice_number', models.CharField(max_length=60, verbose_name='numéro de facture')),
                ('invoice_date', models.DateField(verbose_name='date de la facture')),
                ('amount_ht', models.DecimalField(decimal_places=2, max_digits=10, verbose_name='montant HT (€)')),
                ('amount_ttc', models.DecimalField(decimal_places=2, max_digits=10, verbose_name='montant TTC (€)')),
                ('category', models.CharField(choices=[('website', 'Vente, promotion – Site e-commerce ou vitrine'), ('content', 'Vente, promotion – Contenus (photos, vidéos, textes)'), ('payment', 'Vente, promotion – Paiement en ligne'), ('marketplace', 'Vente, promotion – Place de marché'), ('visibility', 'Vente, promotion – Visibilité sur internet'), ('customers', 'Vente, promotion – Relation clients'), ('booking', 'Gestion – Réservation et commandes en ligne'), ('sales', 'Gestion – Ventes, stocks et caisse'), ('accounting', 'Gestion – Comptabilité et facturation'), ('delivery', 'Gestion – Logistique et livraison'), ('support', 'Accompagnement à la numérisation par un prestataire')], max_length=20, verbose_name='catégorie')),
                ('invoice', models.FileField(max_length=200, storage=onboarding.dossiers.storage.private_storage, upload_to=onboarding.dossiers.models.invoice_path, verbose_name='facture')),
                ('original_filename', models.CharField(max_length=200, verbose_name='nom du fichier')),
                ('content_type', models.CharField(max_length=40, verbose_name='type de fichier')),
                ('size', models.PositiveIntegerField(verbose_name='taille (octets)')),
                ('created_at', models.DateTimeField(auto_now_add=True)),
                ('application', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='expenses', to='dossiers.application')),
            ],
            options={
                'verbose_name': 'dépense',
                'verbose_name_plural': 'dépenses',
                'ordering': ['invoice_date', 'pk'],
            },
        ),
        migrations.CreateModel(
            name='StatusChange',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('status', models.CharField(choices=[('draft', 'Brouillon'), ('ready', 'Prête à déposer'), ('submitted', 'Déposée'), ('more_info', 'Compléments demandés'), ('approved', 'Accordée'), ('paid', 'Versée'), ('rejected', 'Refusée')], max_length=12, verbose_name='statut')),
                ('at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='le')),
                ('note', models.TextField(blank=True, verbose_name='note')),
                ('application', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='status_changes', to='dossiers.application')),
                ('by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'verbose_name': 'changement de statut',
                'verbose_name_plural': 'changements de statut',
                'ordering': ['at', 'pk'],
            },
        ),
        migrations.AddConstraint(
            model_name='application',
            constraint=models.UniqueConstraint(fields=('programme', 'siren'), name='one_application_per_siren_per_programme'),
        ),
        migrations.AddConstraint(
            model_name='expense',
            constraint=models.CheckConstraint(condition=models.Q(('amount_ht__gt', 0), ('amount_ttc__gte', models.F('amount_ht'))), name='expense_amounts_positive_ttc_at_least_ht'),
        ),
    ]
