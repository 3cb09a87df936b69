namespace Benchmarker.WebApi;

/// <summary>
/// The <c>--help</c>, <c>-h</c>, <c>-?</c> or <c>help</c> command line, in any letter case, because a
/// mistyped <c>--Help</c> would otherwise start the service: lists the commands and how to start it.
/// </summary>
internal static class HelpCommand
{
    private static readonly string[] Names = ["--help", "-h", "-?", "/?", "help"];

    private const string Text = """
        Ollama Benchmarker: benchmarks local language models served by Ollama or run in-process by llama.cpp.

        Usage: Benchmarker.WebApi [command] [--Key=value ...]

        Without a command, starts the web service (UI, API and Swagger), for example:
          Benchmarker.WebApi --urls http://127.0.0.1:5000
        Settings come from appsettings.json, the environment (Ollama__BaseUrl) or --Key=value (--Ollama:BaseUrl=http://host:11434).

        Commands:
          import <paths>            Stores the run documents of the given .json files or folders.
          healthcheck [url]         Requests the liveness endpoint (default: port of ASPNETCORE_URLS or 8080, /health/live).
          create-demo-model [path]  Writes the small demo GGUF model for the embedded engine.
          export-openapi <path>     Writes the OpenAPI document of the API.
          help, --help, -h, -?      Prints this text (in any letter case).

        Exit codes:
          0  success
          1  a failure: a rejected document, a failed store or an unhealthy service; also a healthcheck
             usage error, because Docker reserves exit code 2 of a health check
          2  a usage error, or an invalid setting (the service prints one line naming the key)
        """;

    public static bool TryRun(string[] args, TextWriter output, out int exitCode)
    {
        exitCode = 0;
        if (args.Length == 0 || !Names.Contains(args[0], StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        output.WriteLine(Text);
        return true;
    }
}
