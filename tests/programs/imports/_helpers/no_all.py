# Helper module without __all__: star-import takes names not starting with an underscore.
visible = 1
_invisible = 2
import os as _os_alias
