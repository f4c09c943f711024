"""`handout desk`: a page for printing handouts during a consultation.

app.py is the web app (Starlette), order.py reads and checks the form (pure), session.py
signs the cookie and derives the CSRF token, pool.py keeps warm PDF workers. The command
(generator/cli/desk.py) starts them and runs uvicorn.
"""
