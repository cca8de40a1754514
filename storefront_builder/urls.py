"""The shop's URLs: the owner's side under /ma-boutique/, the public side under /boutiques/."""

from storefront_builder.backoffice.urls import urlpatterns as backoffice
from storefront_builder.catalogue.urls import urlpatterns as catalogue
from storefront_builder.networks.urls import urlpatterns as networks
from storefront_builder.storefront.urls import urlpatterns as storefront
from storefront_builder.wizard.urls import urlpatterns as wizard

app_name = "shops"

urlpatterns = [*wizard, *catalogue, *backoffice, *storefront, *networks]
