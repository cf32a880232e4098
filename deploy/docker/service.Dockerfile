# One image per Quarkus service: docker build --build-arg SERVICE=order-service -f deploy/docker/service.Dockerfile .
# Build the service first (./mvnw -DskipTests package); the image only copies target/quarkus-app/.
FROM eclipse-temurin:17-jre

ARG SERVICE
RUN test -n "$SERVICE" || { echo "build arg SERVICE is required (order-service, provisioning-service, notification-service)"; exit 1; } \
    && useradd --system --uid 10001 --home-dir /app app
WORKDIR /app
COPY --chown=app ${SERVICE}/target/quarkus-app/ /app/quarkus-app/
USER app
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75"
CMD ["sh", "-c", "exec java $JAVA_OPTS -jar quarkus-app/quarkus-run.jar"]
