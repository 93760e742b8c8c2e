#!/usr/bin/env bash
# The IATI tests validate the generated XML against the official XSD with xmllint.
exec bash "$(dirname "$0")/ensure-debian-package.sh" xmllint libxml2-utils "the IATI schema tests"
