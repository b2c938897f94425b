"""Quote attribution: quotation marks, phrase readers, and the table of named rules."""
