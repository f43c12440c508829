"""Exercises: the catalog, the code each concept is, skeletons and hand-outs.

First in the dataflow: an exercise is chosen from the catalog, its reference
program is blanked by libcst at a level of the ladder, and the skeleton is
written into the learner's workspace. May import `trainer.basics` only.

Public names: `catalog.load_catalog`, `catalog.Catalog`, `catalog.Exercise`,
`levels.Level` (and `resolve_level`, `blanked_concepts`), `skeleton.Skeleton`,
`skeleton.read_header`, `skeleton_cache.cached_skeleton`,
`handout.write_skeleton`, `handout.Handout`, `listing.catalog_rows`,
`catalogs.combined_catalog` (the built-in catalog and the user's),
`catalogs.read_folder`, `catalogs.CatalogProblem`, `authoring.author_new`
(with `proposal.propose`), and for the catalog checks `mutation.altered_source`
and `inspection.formulas` / `inspection.covered`.
"""
