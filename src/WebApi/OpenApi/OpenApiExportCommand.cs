using NSwag.Generation;

namespace Benchmarker.WebApi.OpenApi;

/// <summary>
/// The <c>export-openapi &lt;path&gt;</c> command line of the host: builds the real host without
/// starting it and writes its OpenAPI document, the source the Client project generates from.
/// Run it through <c>dotnet build src/WebApi -p:UpdateOpenApi=true</c>.
/// </summary>
internal static class OpenApiExportCommand
{
    public const string Name = "export-openapi";

    public const string DocumentName = "v1";

    public static bool TryRun(string[] args, TextWriter output, out int exitCode)
    {
        exitCode = 0;
        if (args.Length == 0 || !string.Equals(args[0], Name, StringComparison.Ordinal))
        {
            return false;
        }

        if (args.Length != 2)
        {
            output.WriteLine($"Usage: {Name} <path>   (the committed copy is src/Client/openapi.json)");
            exitCode = 2;
            return true;
        }

        var path = Path.GetFullPath(args[1]);
        var json = GenerateAsync().GetAwaiter().GetResult();
        File.WriteAllText(path, OpenApiDocumentText.ToCommittedText(json));
        output.WriteLine($"Wrote {path}");
        return true;
    }

    private static async Task<string> GenerateAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(Program).Assembly.GetName().Name,
        });
        builder.AddBenchmarkerHost();

        await using var app = builder.Build();
        app.UseBenchmarkerHost();

        // The host publishes its mapped endpoints to the API explorer when the server starts. This
        // one never starts, so UseEndpoints publishes them now, as the start would.
        app.UseRouting();
        app.UseEndpoints(_ => { });

        var generator = app.Services.GetRequiredService<IOpenApiDocumentGenerator>();
        var document = await generator.GenerateAsync(DocumentName);
        return document.ToJson();
    }
}
