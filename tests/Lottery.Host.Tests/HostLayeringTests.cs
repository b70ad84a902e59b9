using System.Text.RegularExpressions;

namespace Lottery.Host.Tests;

/// <summary>
/// The host's folders form a strict stack: each uses only the folders below it. A folder uses another when one of its
/// files names a type declared only there (comments and strings aside), the same reading the project's before-stop check
/// makes. A type used from a folder above the one declaring it, or a folder missing from the stack, fails here with the
/// file and the type, so the layering cannot erode unnoticed.
/// </summary>
public sealed partial class HostLayeringTests
{
    /// <summary>Bottom to top; folders on one rung (listeners) may not use each other.</summary>
    private static readonly string[][] Stack =
    [
        ["Configuration"], ["Options"], ["Plugins"], ["Runs"], ["Reports"], ["Training"], ["Pools"], ["Stages"], ["Sweeps"],
        ["Metrics", "Progress"], ["Verbs"], ["Hosting"], ["(root)"],
    ];

    [Fact]
    public void No_host_folder_uses_a_folder_at_or_above_its_own_rung()
    {
        var rung = Stack.SelectMany((folders, index) => folders.Select(folder => (folder, index))).ToDictionary(p => p.folder, p => p.index);
        var files = SourceFiles();
        var unplaced = files.Select(f => f.Folder).Distinct().Where(folder => !rung.ContainsKey(folder)).ToList();
        Assert.True(unplaced.Count == 0, $"host folders missing from the stack in {nameof(HostLayeringTests)}: {string.Join(", ", unplaced)}");

        var declaredIn = files.SelectMany(f => Declaration().Matches(f.Text).Select(m => (Type: m.Groups[1].Value, f.Folder)))
            .GroupBy(d => d.Type).Where(g => g.Select(d => d.Folder).Distinct().Count() == 1).ToDictionary(g => g.Key, g => g.First().Folder);
        var violations = files.SelectMany(f => Identifier().Matches(f.Text).Select(m => m.Value).Distinct()
                .Where(name => declaredIn.TryGetValue(name, out var owner) && owner != f.Folder && rung[owner] >= rung[f.Folder])
                .Select(name => $"{f.Path} uses {declaredIn[name]}.{name}"))
            .ToList();
        Assert.True(violations.Count == 0, "host folders used from below (or beside) them:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void The_check_sees_a_use_from_below()
    {
        // Guards the reading itself: a Runs type naming a Stages type is found.
        var declared = Declaration().Matches("public sealed class ImpStage(LotteryOptions options)").Select(m => m.Groups[1].Value);
        Assert.Equal(["ImpStage"], declared);
        Assert.Contains("ImpStage", Identifier().Matches(Code("var stage = new ImpStage(options); // ImpRun \"ImpRun\"")).Select(m => m.Value));
        Assert.DoesNotContain("ImpRun", Identifier().Matches(Code("var stage = new ImpStage(options); // ImpRun \"ImpRun\"")).Select(m => m.Value));
    }

    private static List<(string Folder, string Path, string Text)> SourceFiles()
    {
        var root = Path.Combine(BuildOutputs.RepositoryRoot, "host", "Lottery.Host");
        return Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path))
            .Where(relative => !relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Select(relative => (Folder: relative.Contains(Path.DirectorySeparatorChar) ? relative.Split(Path.DirectorySeparatorChar)[0] : "(root)",
                Path: relative, Text: Code(File.ReadAllText(Path.Combine(root, relative)))))
            .ToList();
    }

    // Source without comments and string literals, whose words name nothing.
    private static string Code(string source) => CommentOrString().Replace(source, " ");

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+([A-Z]\w*)")]
    private static partial Regex Declaration();

    [GeneratedRegex(@"\b[A-Z]\w*\b")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/|@?""(?:[^""\\\n]|\\.)*""", RegexOptions.Singleline)]
    private static partial Regex CommentOrString();
}
