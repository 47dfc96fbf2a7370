# Sourced by the benchmarks that start the app: the JVM options they start it with. By default the heap of the deployed
# image (backend/pom.xml, profile image: 70 % of the container's 1 GiB limit, all of it taken at start), so that the
# figures are a deployed instance's. G1 sizes its young generation from the heap it has: left at this machine's
# default initial heap (384 MB) it collected about once a second during intake, and each pause held every lookup in
# flight (docs/performance.md, "The heap the app starts with"). APP_JVM_OPTS replaces them; APP_JVM_OPTS= (empty)
# starts the JVM with its own defaults, as every run before 6 December, 10:00Z did.
APP_JVM_OPTS=${APP_JVM_OPTS--Xms700m -Xmx700m}
