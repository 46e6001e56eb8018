# Sourced by bench/peers.sh and bench/warm.sh: `generate DIR N` writes the same N generated chapters
# for studyguide (DIR/ours), Hugo (DIR/hugo) and JBake (DIR/jbake), with each tool's minimal templates.

# The text every tool gets for chapter $1 of $2: three sections of plain prose that names glossary
# acronyms (T1, T2, ...), which studyguide marks up and the peers leave as they are.
chapter_body() {
  local n=$1
  for s in 1 2 3; do
    echo "## Section $s"
    echo
    for l in 1 2 3 4 5; do
      echo "T$(((n + l) % 100)) and T$(((n + s) % 100)) appear in chapter $n, and the text goes on about T$(((s * 10 + l) % 100)) in plain words for a while, as a study guide's prose does."
    done
    echo
  done
}

generate() {
  local dir=$1 count=$2
  mkdir -p "$dir/ours/chapters" "$dir/hugo/content/chapters" "$dir/hugo/layouts/_default" \
    "$dir/jbake/content/chapters" "$dir/jbake/templates"
  # studyguide: parts of 100 chapters, one reading, 100 glossary terms.
  {
    echo "title: Generated guide"
    echo "baseUrl: https://example.org/generated/"
    echo "pdf: false"
    echo "language: en"
    echo "parts:"
    for ((c = 0; c < count; c++)); do
      if ((c % 100 == 0)); then
        echo "  - title: Part $((c / 100 + 1))"
        echo "    chapters:"
      fi
      printf "      - c%05d\n" "$c"
    done
  } > "$dir/ours/guide.yml"
  echo "- {id: r, title: Reading, date: '2001', note: A reading.}" > "$dir/ours/sources.yml"
  for t in $(seq 0 99); do
    echo "- {id: T$t, expansion: Term number $t, definition: Definition of term $t.}"
  done > "$dir/ours/glossary.yml"
  : > "$dir/ours/quotes.yml"
  : > "$dir/ours/timeline.yml"
  # Hugo: chapters as a section; the home page lists them.
  cat > "$dir/hugo/config.toml" <<'EOF'
baseURL = "https://example.org/generated/"
title = "Generated guide"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
EOF
  cat > "$dir/hugo/layouts/_default/single.html" <<'EOF'
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><p><a href="{{ relURL "" }}">Contents</a></p><main><h1>{{ .Title }}</h1><p>{{ .Params.summary }}</p>
{{ .Content }}</main></body></html>
EOF
  cat > "$dir/hugo/layouts/_default/list.html" <<'EOF'
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Site.Title }}</title></head>
<body><main><h1>{{ .Site.Title }}</h1><ol>
{{ range .Site.RegularPages.ByWeight }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.summary }}</li>
{{ end }}</ol></main></body></html>
EOF
  cp "$dir/hugo/layouts/_default/list.html" "$dir/hugo/layouts/index.html"
  # JBake: chapters as published posts; the index lists them. Feed, archive, tags and sitemap off.
  cat > "$dir/jbake/jbake.properties" <<'EOF'
site.host=https://example.org/generated
template.index.file=index.ftl
template.post.file=post.ftl
render.index=true
render.archive=false
render.feed=false
render.sitemap=false
render.tags=false
db.store=memory
EOF
  cat > "$dir/jbake/templates/post.ftl" <<'EOF'
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${content.title}</title></head>
<body><p><a href="${content.rootpath}index.html">Contents</a></p><main><h1>${content.title}</h1><p>${content.summary}</p>
${content.body}</main></body></html>
EOF
  cat > "$dir/jbake/templates/index.ftl" <<'EOF'
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Generated guide</title></head>
<body><main><h1>Generated guide</h1><ol>
<#list published_posts?reverse as post><li><a href="${post.uri}">${post.title}</a> ${post.summary}</li>
</#list></ol></main></body></html>
EOF
  for ((c = 0; c < count; c++)); do
    local id body
    id=$(printf "c%05d" "$c")
    body=$(chapter_body "$c")
    printf -- "---\ntitle: Chapter %d\nsummary: What chapter %d is about.\nreadings: [r]\n---\n%s\n" \
      "$c" "$c" "$body" > "$dir/ours/chapters/$id.md"
    printf -- "---\ntitle: Chapter %d\nsummary: What chapter %d is about.\nweight: %d\n---\n%s\n" \
      "$c" "$c" "$((c + 1))" "$body" > "$dir/hugo/content/chapters/$id.md"
    # JBake's own header format; dates one day apart keep the index in chapter order.
    printf "title=Chapter %d\nsummary=What chapter %d is about.\ndate=%s\ntype=post\nstatus=published\n~~~~~~\n%s\n" \
      "$c" "$c" "$(date -u -d "@$((c * 86400))" +%Y-%m-%d)" "$body" > "$dir/jbake/content/chapters/$id.md"
  done
}
