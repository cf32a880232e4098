# The sandbox (fake Pterodactyl panel on 8090, fake WhatsApp API on 8091).
# Build it first (./mvnw -DskipTests -pl deploy/sandbox -am package); the image copies deploy/sandbox/target/.
# SANDBOX_JAR names the jar to run; its dependencies are inside it or in target/lib next to it.
FROM eclipse-temurin:17-jre

ARG SANDBOX_JAR=sandbox-1.0.0-SNAPSHOT.jar
RUN useradd --system --uid 10001 --home-dir /app app
WORKDIR /app
COPY --chown=app deploy/sandbox/target/ /app/target/
RUN test -f "/app/target/$SANDBOX_JAR" || { echo "deploy/sandbox/target/$SANDBOX_JAR is missing: build the sandbox first"; exit 1; } \
    && ln -s "/app/target/$SANDBOX_JAR" /app/sandbox.jar
USER app
EXPOSE 8090 8091
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75"
CMD ["sh", "-c", "exec java $JAVA_OPTS -jar /app/sandbox.jar"]
