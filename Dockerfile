# Image of the benchmarker web service (API and UI), built in two stages:
#   build:   the .NET SDK restores, publishes and writes the demo model;
#   runtime: the ASP.NET Core runtime, the published files and llama.cpp's OpenMP library.
# The SDK tag is the exact version in global.json: the floating sdk:10.0 tag moves to newer feature
# bands, and an SDK below 10.0.401 does not satisfy global.json. The runtime tag floats on 10.0 so
# that a rebuild picks up security patches.
#   docker build -t ollama-benchmarker .
#   docker run -p 8080:8080 ollama-benchmarker
# NOTE: this image has not been built yet, because the development machine has no Docker engine. CI
# checks the file as text only. Its build commands were run outside Docker with the same SDK.

FROM mcr.microsoft.com/dotnet/sdk:10.0.401 AS build
WORKDIR /src

# Project files first, so the restore layer is reused until a project or package version changes.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Domain/Benchmarker.Domain.csproj src/Domain/
COPY src/Application/Benchmarker.Application.csproj src/Application/
COPY src/Infrastructure/Benchmarker.Infrastructure.csproj src/Infrastructure/
COPY src/WebUi/Benchmarker.WebUi.csproj src/WebUi/
COPY src/WebApi/Benchmarker.WebApi.csproj src/WebApi/
RUN dotnet restore src/WebApi/Benchmarker.WebApi.csproj

COPY src/ src/
RUN dotnet publish src/WebApi/Benchmarker.WebApi.csproj -c Release --no-restore -o /out -p:UseAppHost=false

# The demo model is written now, so a container runs the embedded engine without writing to its
# models directory. The command only writes a file and needs no native library.
RUN mkdir -p /out/models \
    && dotnet /out/Benchmarker.WebApi.dll create-demo-model /out/models/tiny-random-llama.gguf

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime

# libgomp1 is the OpenMP runtime that LLamaSharp's CPU build of llama.cpp links against.
RUN apt-get update \
    && apt-get install -y --no-install-recommends libgomp1 \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
# The application files stay owned by root, so the service cannot change its own code.
COPY --from=build /out/ ./

# Runs, Nova sessions and the outbox are stored under /app/data, so the non-root user must own it.
# The models directory is owned by it too, so a demo model can be written into an empty mount.
RUN mkdir -p /app/data/outbox && chown -R $APP_UID /app/data /app/models
VOLUME ["/app/data"]

ENV ASPNETCORE_HTTP_PORTS=8080 \
    Storage__Json__Directory=/app/data \
    Storage__OutboxDirectory=/app/data/outbox \
    Engines__Embedded__ModelsDirectory=/app/models

EXPOSE 8080

# The aspnet image has no curl or wget: the service's own healthcheck verb requests /health/live.
HEALTHCHECK --interval=30s --timeout=10s --start-period=20s --retries=3 \
    CMD ["dotnet", "Benchmarker.WebApi.dll", "healthcheck"]

USER $APP_UID
ENTRYPOINT ["dotnet", "Benchmarker.WebApi.dll"]
