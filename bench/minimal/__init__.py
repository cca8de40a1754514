"""The smallest Django project worth serving: the baseline every figure is divided by."""
