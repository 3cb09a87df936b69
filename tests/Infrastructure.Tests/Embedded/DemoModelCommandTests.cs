using System.Security.Cryptography;
using Benchmarker.Infrastructure.Embedded.Demo;

namespace Benchmarker.Infrastructure.Tests.Embedded;

public sealed class DemoModelCommandTests : IDisposable
{
    private readonly TemporaryDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void Command_WritesModelAndPrintsHash()
    {
        var path = directory.File("sub/demo.gguf");
        using var output = new StringWriter();

        var handled = DemoModelCommand.TryRun(["create-demo-model", path], output, out var exitCode);

        Assert.True(handled);
        Assert.Equal(0, exitCode);
        Assert.True(File.Exists(path));
        var text = output.ToString();
        Assert.Contains(path, text, StringComparison.Ordinal);
        Assert.Contains($"{new FileInfo(path).Length} bytes", text, StringComparison.Ordinal);
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))), text, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, "*.tmp"));
    }

    [Fact]
    public void Command_IgnoresOtherArguments()
    {
        using var output = new StringWriter();

        var handled = DemoModelCommand.TryRun(["--urls", "http://127.0.0.1:5000"], output, out _);

        Assert.False(handled);
        Assert.Empty(output.ToString());
    }

    [Fact]
    public void Command_RejectsExtraArguments()
    {
        using var output = new StringWriter();

        var handled = DemoModelCommand.TryRun(["create-demo-model", "a.gguf", "b.gguf"], output, out var exitCode);

        Assert.True(handled);
        Assert.Equal(2, exitCode);
        Assert.Contains("Usage", output.ToString(), StringComparison.Ordinal);
    }
}
