#!/bin/sh
# verslag studio: double-click this file to open the studio in your browser. This window
# shows its address; close it (or press Ctrl-C) to stop the studio.
exec @EXEC@ studio
