"""Language facts: shipped profiles, CLDR data and language identification."""
from .profile import Profile, UnknownLanguage, all_shipped_profiles, load_profile, normalise_code, site_phrases

__all__ = ["Profile", "UnknownLanguage", "all_shipped_profiles", "load_profile", "normalise_code", "site_phrases"]
