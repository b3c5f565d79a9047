// The page templates the render stage streams pages through: the same .11ty.tsx modules Eleventy
// loads, called with the same { site, page } data.
import * as api from "../../layouts/api.11ty.tsx";
import * as archive from "../../layouts/archive.11ty.tsx";
import * as article from "../../layouts/article.11ty.tsx";
import * as date from "../../layouts/date.11ty.tsx";
import * as entity from "../../layouts/entity.11ty.tsx";
import * as list from "../../layouts/entity-list.11ty.tsx";
import * as feed from "../../layouts/feed.11ty.tsx";
import * as home from "../../layouts/index.11ty.tsx";
import * as redirect from "../../layouts/redirect.11ty.tsx";
import * as redirects from "../../layouts/redirects.11ty.tsx";
import * as search from "../../layouts/search.11ty.tsx";
import * as withdrawn from "../../layouts/withdrawn.11ty.tsx";
import type { StreamedTemplate } from "../pages/build-pages.ts";
import type { SiteOptions } from "../site/site-options.ts";

type Render = (data: { site: SiteOptions; page: never }) => unknown;

/** Every page kind but "file", which is copied (render-pages.ts), not rendered. */
export const PAGE_TEMPLATES: Record<Exclude<StreamedTemplate, "file">, Render> = {
  home: home.render as Render,
  archive: archive.render as Render,
  list: list.render as Render,
  api: api.render as Render,
  search: search.render as Render,
  article: article.render as Render,
  entity: entity.render as Render,
  date: date.render as Render,
  feed: feed.render as Render,
  redirect: redirect.render as Render,
  redirects: redirects.render as Render,
  withdrawn: withdrawn.render as Render,
};
