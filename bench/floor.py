"""The framework floor: the least a typer + pydantic + ruamel (C parser) command line pays.

One typer command with two options reads a YAML file with the C parser and validates a
one-field pydantic model. Since typer 0.29 checks every option through a pydantic
TypeAdapter, this is what any such tool costs before its own work starts; bench/compare.py
runs it beside fkcheck. Usage: python bench/floor.py FILE...
"""

import datetime as dt
from typing import Annotated

import pydantic
import typer
from _ruamel_yaml import CParser

app = typer.Typer(add_completion=False)


class Member(pydantic.BaseModel):
    name: str
    seit: dt.date | None = None


@app.command()
def check(
    paths: Annotated[list[str], typer.Argument()],
    as_of: Annotated[str, typer.Option("--as-of")] = "2026-11-23",
) -> None:
    for path in paths:
        with open(path, "rb") as stream:
            parser = CParser(stream)
            while parser.get_event() is not None:  # None after the end of the stream
                pass
        Member.model_validate({"name": path, "seit": dt.date.fromisoformat(as_of)})


if __name__ == "__main__":
    app()
