namespace Lottery.Template.Tests;

/// <summary>A fresh folder under the system's temp folder, outside the checkout, deleted afterwards.</summary>
public sealed class TemporaryDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("lottery-template-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
