"""A customer's steps on a storefront, shared by the journeys that shop."""


def add_and_go_to_checkout(page, product: str) -> None:
    """Add one ``product`` to the basket, then reach the checkout through the basket."""
    page.locator("li.shopfront-product", has_text=product).get_by_role(
        "button", name="Ajouter au panier"
    ).click()
    # The basket is saved by a fetch: its link shows the new count once the server answered.
    page.locator('.shopfront-basket-link[data-basket-count="1"]').first.wait_for()
    page.locator(".shopfront-basket-link").first.click()
    page.get_by_role("link", name="Commander").click()


def fill_checkout(page, *, name: str, email: str, phone: str) -> None:
    """Her details and the first slot offered; submitting is left to the journey."""
    page.locator("[name=customer_name]").fill(name)
    page.locator("[name=customer_email]").fill(email)
    page.locator("[name=customer_phone]").fill(phone)
    page.locator("input[type=radio][name=slot]").first.check()
