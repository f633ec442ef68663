# BulletinBot in a container: `docker compose up` (compose.yaml) or
#   docker build -t bulletinbot . && docker run -e BulletinBot__Telegram__Token=... -v bulletinbot-data:/app/data bulletinbot

# Build stage: the SDK restores and publishes the bot alone (tests and benchmarks stay out of the image).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY .editorconfig Directory.Build.props Directory.Packages.props appsettings.example.json ./
COPY src/BulletinBot/BulletinBot.csproj src/BulletinBot/
RUN dotnet restore src/BulletinBot/BulletinBot.csproj
COPY migrations/ migrations/
COPY src/ src/
RUN dotnet publish src/BulletinBot/BulletinBot.csproj --configuration Release --no-restore --output /app

# Runtime stage: ASP.NET Core's runtime (Kestrel serves health, metrics and the webhook), as the image's non-root user.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The database (Database:Path defaults to data/bulletinbot.db, under this folder) lives in a volume the app user owns.
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
VOLUME /app/data
ENV DOTNET_ENVIRONMENT=Production \
    BulletinBot__Http__Urls=http://0.0.0.0:8080
EXPOSE 8080
USER $APP_UID
# The runtime image has no curl; the bot asks its own listener (exit 0 on 200).
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["dotnet", "BulletinBot.dll", "healthcheck"]
# SIGTERM (docker stop) stops the bot gracefully within BulletinBot:ShutdownTimeout (30 s): give docker stop more (-t 40).
ENTRYPOINT ["dotnet", "BulletinBot.dll"]
