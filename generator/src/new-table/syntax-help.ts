/** The `--columns` syntax, as `gen new-table --help` and interactive mode show it (README has the same). */
export const COLUMN_SYNTAX_SUMMARY = `Columns, comma-separated: name:type, with ? for nullable, =default, ->table for a foreign key,
[] for an array, enum(a|b|c) for a new enum. Example: post_id:uuid->soc_posts, question:text, closes_at:timestamptz?`;

export const COLUMN_SYNTAX_HELP = `Columns (--columns), comma-separated, each  name:type[?][=default][->table[.column]]
  name:type            question:text  votes:integer  price:numeric(12,2)  starts_on:date  (NOT NULL unless ?)
  ?                    nullable: closes_at:timestamptz?  (or closes_at?:timestamptz)
  =default             is_anonymous:boolean=false  votes:integer=0  sent_at:timestamptz=now()
                       label:text='a, b'  (quote text with , or -> in it; '' is a quote)  tags:text[]=[]
  ->table              foreign key to the table's primary key, with an index: post_id:uuid->soc_posts
  ->table.column       to another unique column: state_code:char(2)->geo_states.code
  name->table          type left out: the column takes the type of the key it references
  []                   array of the type: tags:text[]
  enum(a|b|c)          a new enum named <table singular>_<column>: status:enum(open|closed)=open
                       (soc_post_polls.status → soc_post_poll_status); enum(a|b)[] for an array
Types: uuid text varchar(n) char(n) citext smallint integer bigint numeric(p,s) real double precision boolean
date time timestamptz timestamp interval jsonb json bytea inet serial bigserial, or an enum of the spec.

The table gets use: [id, timestamps] (id, created_at, updated_at) unless --no-defaults (then a column
named id is the primary key); --append-only gives id and created_at only (rows never updated).
It goes into the module file after the last table of its phase (live, y1, y2), every existing
line kept as it is. Before anything is written, the whole spec is validated and linted with the
table in it; any error is shown with its fix and nothing is written.`;
