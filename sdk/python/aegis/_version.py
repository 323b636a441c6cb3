# Follows the gateway's version (the root pom.xml): 0.1.0-SNAPSHOT is 0.1.0.dev0 here; tests check they agree.
__version__ = "0.1.0.dev0"
