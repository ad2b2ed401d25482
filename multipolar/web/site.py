"""What every route shares, injected as a dependency: the store's reader, the region, the templates, the token."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

import jinja2
from fastapi import Depends, Request
from fastapi.responses import HTMLResponse

from ..api import Reader
from ..domain import Region


@dataclass(frozen=True)
class Site:
    """The app's one reader of the store and what it shows: the region's states against its powers."""

    data: Reader
    region: Region
    powers: tuple[str, ...]
    env: jinja2.Environment
    token: str | None = None

    @property
    def targets(self) -> tuple[str, ...]:
        return self.region.targets

    def common(self) -> dict[str, Any]:
        """What every template is given."""
        return {"name": self.data.name, "region": self.region, "targets": self.targets, "powers": self.powers,
                "ingest": bool(self.token)}

    def render(self, template: str, **ctx: Any) -> str:
        return self.env.get_template(template).render({**self.common(), **ctx})

    def page(self, template: str, **ctx: Any) -> HTMLResponse:
        return HTMLResponse(self.render(template, **ctx))

    def dyad_rows(self, power: str, target: str) -> list[dict[str, Any]]:
        """One power's series over one target (with shares when the dyad is in the region)."""
        return self.data.dyad(power, target, self.powers, self.targets)

    def span_of(self, year_from: int | None, year_to: int | None) -> tuple[int, int]:
        return (year_from or self.region.since, year_to or 9999)


def site_of(request: Request) -> Site:
    """The site the app was created with."""
    site: Site = request.app.state.site
    return site


async def get_site(request: Request) -> Site:
    return site_of(request)


SiteDep = Annotated[Site, Depends(get_site)]
