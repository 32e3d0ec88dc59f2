"""The first stage: read files (PDF, text, Markdown, HTML) into `SourceFile` pages and find their structure."""
