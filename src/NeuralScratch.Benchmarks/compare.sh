#!/usr/bin/env bash
# The whole comparison with the walkthrough's Python, as reported in the README:
# builds the command line and the benchmarks in Release, then runs `compare`
# (rounds of warm runs in one process with the chain bound, then whole processes under hyperfine).
# Needs /usr/bin/python3 with python3-numpy and python3-matplotlib, and hyperfine
# (apt-get install -y python3-numpy python3-matplotlib hyperfine). Extra arguments go to
# compare, e.g. --rounds 5 --warm-runs 9 --python-process-runs 3 --process-runs 10 (or --skip-python).
set -euo pipefail
cd "$(dirname "$0")/../.."
echo "uptime: $(uptime)"
dotnet build -c Release src/NeuralScratch.Cli -v quiet -nologo
dotnet build -c Release src/NeuralScratch.Benchmarks -v quiet -nologo
dotnet src/NeuralScratch.Benchmarks/bin/Release/net10.0/NeuralScratch.Benchmarks.dll compare "$@"
echo "uptime: $(uptime)"
