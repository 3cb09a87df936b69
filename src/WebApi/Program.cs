using Benchmarker.WebApi;

// Commands that run instead of the web host (for example create-demo-model) return before it is built.
if (HostCommands.TryRun(args, Console.Out, out var exitCode))
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,

    // NSwag's document generator starts the host under its own launcher, where the application
    // name would become the full assembly name and static web assets would not be found.
    ApplicationName = typeof(Program).Assembly.GetName().Name,
});

builder.AddBenchmarkerHost();

var app = builder.Build();

app.UseBenchmarkerHost();

return await app.RunWithStartupErrorsReportedAsync();

/// <summary>Entry point, public so functional tests can host it with WebApplicationFactory.</summary>
public partial class Program;
