package dev.aegis.cli;

import picocli.CommandLine.Command;

@Command(
        name = "aegis",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Aegis: an AI gateway built as a framework.",
        subcommands = {ServeCommand.class, ValidateCommand.class, GraphCommand.class, PluginsCommand.class, AuditCommand.class, IngestCommand.class, ApprovalsCommand.class, McpCommand.class, ToolsCommand.class, RetentionCommand.class})
final class AegisCommand {}
