-- ClusterDesk workspace, schema version 1: the whole domain of DOMAIN.md.
-- Dates are ISO strings, possibly partial (YYYY, YYYY-MM) because sources often give only a month.
-- Every editable table carries version (optimistic concurrency) and created/updated timestamps.

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE sources (
  id           INTEGER PRIMARY KEY,
  title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
  publisher    TEXT,
  published_on TEXT,
  language     TEXT,
  url          TEXT,
  file         TEXT,
  reliability  TEXT,
  version      INTEGER NOT NULL DEFAULT 1,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
) STRICT;
CREATE INDEX sources_title ON sources (title COLLATE NOCASE);

CREATE TABLE initiatives (
  id             INTEGER PRIMARY KEY,
  name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
  organiser      TEXT,
  launched_on    TEXT,
  launched_event TEXT,
  description    TEXT,
  version        INTEGER NOT NULL DEFAULT 1,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
) STRICT;

CREATE TABLE partners (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
  short_name TEXT,
  kind       TEXT NOT NULL CHECK (kind IN ('ministry','agency','state_owned','private','investment',
                                           'international','association','academia','other')),
  country    TEXT CHECK (country IS NULL OR (length(country) = 2 AND country = upper(country))),
  parent_id  INTEGER REFERENCES partners (id) ON DELETE RESTRICT,
  notes      TEXT,
  version    INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (parent_id IS NULL OR parent_id <> id)
) STRICT;
CREATE INDEX partners_name ON partners (name COLLATE NOCASE);
CREATE INDEX partners_parent ON partners (parent_id);

CREATE TABLE clusters (
  id                     INTEGER PRIMARY KEY,
  name                   TEXT NOT NULL CHECK (length(trim(name)) > 0),
  name_local             TEXT,
  country                TEXT NOT NULL CHECK (length(country) = 2 AND country = upper(country)),
  location               TEXT,
  kind                   TEXT NOT NULL CHECK (kind IN ('industrial_park','port','hydrogen_valley',
                              'special_economic_zone','chemical_park','multi_industry','other')),
  sectors                TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(sectors) AND json_type(sectors) = 'array'),
  lead_partner_id        INTEGER REFERENCES partners (id) ON DELETE RESTRICT,
  initiative_id          INTEGER REFERENCES initiatives (id) ON DELETE RESTRICT,
  joined_on              TEXT,
  joined_event           TEXT,
  net_zero_commitment    TEXT,
  baseline_mt            REAL CHECK (baseline_mt IS NULL OR baseline_mt >= 0),
  baseline_year          INTEGER CHECK (baseline_year IS NULL OR baseline_year BETWEEN 1900 AND 2100),
  reduction_potential_mt REAL CHECK (reduction_potential_mt IS NULL OR reduction_potential_mt >= 0),
  gdp_usd_bn             REAL CHECK (gdp_usd_bn IS NULL OR gdp_usd_bn >= 0),
  jobs                   INTEGER CHECK (jobs IS NULL OR jobs >= 0),
  notes                  TEXT,
  version                INTEGER NOT NULL DEFAULT 1,
  created_at             TEXT NOT NULL,
  updated_at             TEXT NOT NULL
) STRICT;
CREATE INDEX clusters_name ON clusters (name COLLATE NOCASE);
CREATE INDEX clusters_country ON clusters (country);
CREATE INDEX clusters_lead ON clusters (lead_partner_id);
CREATE INDEX clusters_initiative ON clusters (initiative_id);

CREATE TABLE projects (
  id                       INTEGER PRIMARY KEY,
  name                     TEXT NOT NULL CHECK (length(trim(name)) > 0),
  cluster_id               INTEGER REFERENCES clusters (id) ON DELETE RESTRICT,
  country                  TEXT NOT NULL CHECK (length(country) = 2 AND country = upper(country)),
  category                 TEXT NOT NULL CHECK (category IN ('manufacturing_localisation','circularity_waste',
                                'energy_storage','renewable_power','hydrogen','ccus','efficiency',
                                'transport_electrification','digital','other')),
  stage                    TEXT NOT NULL CHECK (stage IN ('idea','mou','feasibility','fid','construction',
                                'operational','cancelled')),
  signed_on                TEXT,
  fid_on                   TEXT,
  start_year               INTEGER CHECK (start_year IS NULL OR start_year BETWEEN 1900 AND 2100),
  capex                    REAL CHECK (capex IS NULL OR capex >= 0),
  capex_low                REAL CHECK (capex_low IS NULL OR capex_low >= 0),
  capex_high               REAL CHECK (capex_high IS NULL OR capex_high >= 0),
  capex_currency           TEXT CHECK (capex_currency IS NULL OR length(capex_currency) = 3),
  capex_price_year         INTEGER CHECK (capex_price_year IS NULL OR capex_price_year BETWEEN 1900 AND 2100),
  abatement_kt             REAL CHECK (abatement_kt IS NULL OR abatement_kt >= 0),
  abatement_low_kt         REAL CHECK (abatement_low_kt IS NULL OR abatement_low_kt >= 0),
  abatement_high_kt        REAL CHECK (abatement_high_kt IS NULL OR abatement_high_kt >= 0),
  ramp_up_years            INTEGER CHECK (ramp_up_years IS NULL OR ramp_up_years BETWEEN 0 AND 30),
  jobs_construction        INTEGER CHECK (jobs_construction IS NULL OR jobs_construction >= 0),
  jobs_permanent           INTEGER CHECK (jobs_permanent IS NULL OR jobs_permanent >= 0),
  localisation_current_pct REAL CHECK (localisation_current_pct IS NULL OR localisation_current_pct BETWEEN 0 AND 100),
  localisation_target_pct  REAL CHECK (localisation_target_pct IS NULL OR localisation_target_pct BETWEEN 0 AND 100),
  localisation_target_year INTEGER CHECK (localisation_target_year IS NULL OR localisation_target_year BETWEEN 1900 AND 2100),
  confidence               TEXT CHECK (confidence IS NULL OR confidence IN ('low','medium','high')),
  notes                    TEXT,
  version                  INTEGER NOT NULL DEFAULT 1,
  created_at               TEXT NOT NULL,
  updated_at               TEXT NOT NULL
) STRICT;
CREATE INDEX projects_name ON projects (name COLLATE NOCASE);
CREATE INDEX projects_cluster ON projects (cluster_id);
CREATE INDEX projects_country ON projects (country);
CREATE INDEX projects_stage ON projects (stage);
CREATE INDEX projects_category ON projects (category);

CREATE TABLE project_roles (
  id         INTEGER PRIMARY KEY,
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  partner_id INTEGER NOT NULL REFERENCES partners (id) ON DELETE RESTRICT,
  role       TEXT NOT NULL CHECK (role IN ('lead','co_investor','technology_provider','off_taker','financier',
                                          'government_sponsor','signatory')),
  share_pct  REAL CHECK (share_pct IS NULL OR share_pct BETWEEN 0 AND 100),
  UNIQUE (project_id, partner_id, role)
) STRICT;
CREATE INDEX project_roles_partner ON project_roles (partner_id);

CREATE TABLE agreements (
  id         INTEGER PRIMARY KEY,
  title      TEXT NOT NULL CHECK (length(trim(title)) > 0),
  kind       TEXT NOT NULL CHECK (kind IN ('mou','moi','jv_charter','declaration','contract','other')),
  signed_on  TEXT,
  event      TEXT,
  status     TEXT NOT NULL CHECK (status IN ('signed','in_force','completed','lapsed','cancelled')),
  notes      TEXT,
  version    INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX agreements_title ON agreements (title COLLATE NOCASE);
CREATE INDEX agreements_signed ON agreements (signed_on);

CREATE TABLE agreement_parties (
  id              INTEGER PRIMARY KEY,
  agreement_id    INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
  partner_id      INTEGER NOT NULL REFERENCES partners (id) ON DELETE RESTRICT,
  signatory_name  TEXT,
  signatory_title TEXT,
  UNIQUE (agreement_id, partner_id)
) STRICT;
CREATE INDEX agreement_parties_partner ON agreement_parties (partner_id);

CREATE TABLE agreement_links (
  id           INTEGER PRIMARY KEY,
  agreement_id INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
  project_id   INTEGER REFERENCES projects (id) ON DELETE CASCADE,
  cluster_id   INTEGER REFERENCES clusters (id) ON DELETE CASCADE,
  CHECK ((project_id IS NULL) <> (cluster_id IS NULL))
) STRICT;
CREATE UNIQUE INDEX agreement_links_unique ON agreement_links (agreement_id, ifnull(project_id, 0), ifnull(cluster_id, 0));
CREATE INDEX agreement_links_project ON agreement_links (project_id);
CREATE INDEX agreement_links_cluster ON agreement_links (cluster_id);

-- A source may back a whole record or one field of it; the record is named by type and id because
-- sources attach to many tables. Deleting a record deletes its links in the same transaction.
CREATE TABLE source_links (
  id          INTEGER PRIMARY KEY,
  source_id   INTEGER NOT NULL REFERENCES sources (id) ON DELETE RESTRICT,
  entity_type TEXT NOT NULL CHECK (entity_type IN ('initiative','cluster','project','partner','agreement',
                                                   'indicator','target')),
  entity_id   INTEGER NOT NULL,
  field       TEXT,
  note        TEXT
) STRICT;
CREATE UNIQUE INDEX source_links_unique ON source_links (source_id, entity_type, entity_id, ifnull(field, ''));
CREATE INDEX source_links_entity ON source_links (entity_type, entity_id);

CREATE TABLE indicator_observations (
  id           INTEGER PRIMARY KEY,
  subject_type TEXT NOT NULL CHECK (subject_type IN ('initiative','cluster','project','country')),
  subject_id   INTEGER,
  country      TEXT CHECK (country IS NULL OR (length(country) = 2 AND country = upper(country))),
  metric       TEXT NOT NULL CHECK (length(trim(metric)) > 0),
  year         INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2100),
  observed_on  TEXT,
  value        REAL NOT NULL,
  unit         TEXT NOT NULL,
  source_id    INTEGER REFERENCES sources (id) ON DELETE RESTRICT,
  version      INTEGER NOT NULL DEFAULT 1,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  CHECK ((subject_type = 'country') = (country IS NOT NULL AND subject_id IS NULL))
) STRICT;
CREATE INDEX indicator_subject ON indicator_observations (subject_type, subject_id, metric, year);

CREATE TABLE scenarios (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  description   TEXT,
  parent_id     INTEGER REFERENCES scenarios (id) ON DELETE RESTRICT,
  horizon_start INTEGER NOT NULL CHECK (horizon_start BETWEEN 1900 AND 2100),
  horizon_end   INTEGER NOT NULL CHECK (horizon_end BETWEEN 1900 AND 2100),
  assumptions   TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(assumptions) AND json_type(assumptions) = 'object'),
  illustrative  INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1)),
  version       INTEGER NOT NULL DEFAULT 1,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  CHECK (horizon_end >= horizon_start),
  CHECK (parent_id IS NULL OR parent_id <> id)
) STRICT;
CREATE INDEX scenarios_parent ON scenarios (parent_id);

-- One overridden assumption of a scenario, for one project or one cluster.
CREATE TABLE scenario_overrides (
  id          INTEGER PRIMARY KEY,
  scenario_id INTEGER NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
  project_id  INTEGER REFERENCES projects (id) ON DELETE CASCADE,
  cluster_id  INTEGER REFERENCES clusters (id) ON DELETE CASCADE,
  field       TEXT NOT NULL CHECK (field IN ('include','delayYears','startYear','abatementFactor','capexFactor',
                                 'rampUpYears','probabilityPct','localisationTargetPct','localisationTargetYear',
                                 'abatementKt','capex','jobsConstruction','jobsPermanent','localisationCurrentPct')),
  value       TEXT NOT NULL CHECK (json_valid(value)),
  note        TEXT,
  CHECK ((project_id IS NULL) <> (cluster_id IS NULL))
) STRICT;
CREATE UNIQUE INDEX scenario_overrides_unique
  ON scenario_overrides (scenario_id, ifnull(project_id, 0), ifnull(cluster_id, 0), field);
CREATE INDEX scenario_overrides_project ON scenario_overrides (project_id);
CREATE INDEX scenario_overrides_cluster ON scenario_overrides (cluster_id);

CREATE TABLE targets (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
  scope_type TEXT NOT NULL CHECK (scope_type IN ('country','cluster')),
  country    TEXT CHECK (country IS NULL OR (length(country) = 2 AND country = upper(country))),
  cluster_id INTEGER REFERENCES clusters (id) ON DELETE CASCADE,
  metric     TEXT NOT NULL CHECK (metric IN ('abatement','cumulative_abatement','capex','jobs','localisation')),
  year       INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2100),
  value      REAL NOT NULL,
  unit       TEXT NOT NULL,
  version    INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((scope_type = 'country') = (country IS NOT NULL AND cluster_id IS NULL)),
  CHECK ((scope_type = 'cluster') = (cluster_id IS NOT NULL))
) STRICT;
CREATE INDEX targets_cluster ON targets (cluster_id);

-- A saved comparison of 2-4 scenarios with the choices of its charts, so a briefing draws it again.
-- The scenarios are a JSON array in display order; deleting a scenario in use is refused by the store.
CREATE TABLE comparisons (
  id           INTEGER PRIMARY KEY,
  name         TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  scenario_ids TEXT NOT NULL CHECK (json_valid(scenario_ids) AND json_type(scenario_ids) = 'array'
                                    AND json_array_length(scenario_ids) BETWEEN 2 AND 4),
  settings     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(settings) AND json_type(settings) = 'object'),
  version      INTEGER NOT NULL DEFAULT 1,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
) STRICT;

CREATE TABLE briefings (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  template   TEXT NOT NULL CHECK (template IN ('cluster','portfolio','scenarios','partner')),
  subjects   TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(subjects) AND json_type(subjects) = 'object'),
  language   TEXT NOT NULL CHECK (language IN ('en','az','ru','ar')),
  marking    TEXT NOT NULL DEFAULT '',
  author     TEXT,
  -- The day the briefing is dated; NULL dates it on the day it is exported.
  date       TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  version    INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE briefing_exports (
  id                INTEGER PRIMARY KEY,
  briefing_id       INTEGER NOT NULL REFERENCES briefings (id) ON DELETE CASCADE,
  file              TEXT NOT NULL,
  exported_at       TEXT NOT NULL,
  workspace_version INTEGER NOT NULL,
  language          TEXT CHECK (language IS NULL OR language IN ('en','az','ru','ar')),
  pages             INTEGER CHECK (pages IS NULL OR pages >= 0)
) STRICT;
CREATE INDEX briefing_exports_briefing ON briefing_exports (briefing_id, exported_at);

-- One row per user action (a write method); undo and the audit trail read these.
-- An edit is 'done' until undone; a new edit discards what could still be redone. Undo and redo
-- write sets of their own (kind undo/redo, reverts = the edit) so the audit trail shows them too.
CREATE TABLE change_sets (
  id      INTEGER PRIMARY KEY,
  at      TEXT NOT NULL,
  method  TEXT NOT NULL,
  kind    TEXT NOT NULL DEFAULT 'edit' CHECK (kind IN ('edit','undo','redo','system')),
  state   TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('done','undone','discarded')),
  reverts INTEGER REFERENCES change_sets (id)
) STRICT;
CREATE INDEX change_sets_undo ON change_sets (kind, state, id);

-- One row per changed record, with the record before and after as JSON (NULL on insert or delete).
CREATE TABLE change_log (
  id            INTEGER PRIMARY KEY,
  change_set_id INTEGER NOT NULL REFERENCES change_sets (id) ON DELETE CASCADE,
  table_name    TEXT NOT NULL,
  row_id        INTEGER NOT NULL,
  action        TEXT NOT NULL CHECK (action IN ('insert','update','delete')),
  before        TEXT CHECK (before IS NULL OR json_valid(before)),
  after         TEXT CHECK (after IS NULL OR json_valid(after))
) STRICT;
CREATE INDEX change_log_row ON change_log (table_name, row_id);
CREATE INDEX change_log_set ON change_log (change_set_id);
