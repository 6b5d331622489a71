-- invariant: every seller value in the catalog maps to a value of the questionnaire (seller_<question> is set wherever seller_<question>_raw is)
-- severity: warning
-- threshold: 0.1
-- An unmapped seller value ("Multi", a new category) is not compared with the answer: it is listed here, so that the
-- seller mapping can grow; but not one the map leaves unmapped on purpose ([unmapped]: seller_<q>_unmapped_on_purpose). The seller columns are found by name (seller_<question> and seller_<question>_raw), so
-- this audit needs none in particular; the two NULL columns added below keep it valid when there is none at all.
WITH seller AS (
    UNPIVOT (SELECT sku, COLUMNS('^seller_.+')::VARCHAR
             FROM (SELECT *, NULL AS seller_none, NULL AS seller_none_raw FROM items))
    ON COLUMNS(* EXCLUDE sku) INTO NAME key VALUE value
),
paired AS (
    SELECT sku, regexp_extract(key, '^seller_(.+?)(_raw|_unmapped_on_purpose)?$', 1) AS question_id,
           max(value) FILTER (WHERE key LIKE '%\_raw' ESCAPE '\') AS raw,
           max(value) FILTER (WHERE key LIKE '%\_unmapped\_on\_purpose' ESCAPE '\') AS on_purpose,
           max(value) FILTER (WHERE key NOT SIMILAR TO '.*_(raw|unmapped_on_purpose)') AS mapped
    FROM seller GROUP BY ALL
)
SELECT sku, question_id, 'unmapped seller value ' || raw || ' (seller_' || question_id || '_raw)' AS detail
FROM paired
WHERE raw IS NOT NULL AND trim(raw) <> '' AND mapped IS NULL AND on_purpose IS DISTINCT FROM 'true'
