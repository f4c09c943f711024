"""`handout build`: every topic in every language as a static website with PDFs."""
