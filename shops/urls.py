"""The shop's URLs: the owner's side under /ma-boutique/, the public side under /boutiques/."""

from shops.backoffice.urls import urlpatterns as backoffice
from shops.catalogue.urls import urlpatterns as catalogue
from shops.storefront.urls import urlpatterns as storefront
from shops.wizard.urls import urlpatterns as wizard

app_name = "shops"

urlpatterns = [*wizard, *catalogue, *backoffice, *storefront]
