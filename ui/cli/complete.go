package cli

import (
	"errors"
	"io/fs"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"jobpost/model"
	"jobpost/storage"
)

func init() {
	register(&command{
		name:    "completion",
		args:    "SHELL",
		summary: "print the shell completion script (bash, zsh, fish or powershell)",
		example: "  source <(jobpost completion bash)                      (bash, this shell; in ~/.bashrc for every one)\n" +
			"  jobpost completion zsh > \"${fpath[1]}/_jobpost\"         (zsh, with compinit)\n" +
			"  jobpost completion fish > ~/.config/fish/completions/jobpost.fish",
		exit:     "Completion offers commands, flags, draft ids with their titles, formats, themes, roles and levels.",
		anyTheme: true,
		run:      runCompletion,
		complete: func(_ *context, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			return []cobra.Completion{"bash", "zsh", "fish", "powershell"}, cobra.ShellCompDirectiveNoFileComp
		},
	})
}

func runCompletion(ctx *context, args []string) error {
	if len(args) != 1 {
		return usagef("completion takes one shell: bash, zsh, fish or powershell")
	}
	root, out := ctx.cmd.Root(), ctx.env.Stdout
	switch args[0] {
	case "bash":
		return root.GenBashCompletionV2(out, true)
	case "zsh":
		return root.GenZshCompletion(out)
	case "fish":
		return root.GenFishCompletion(out, true)
	case "powershell":
		return root.GenPowerShellCompletionWithDesc(out)
	}
	return usagef("no completion for %q: choose bash, zsh, fish or powershell", args[0])
}

// completionLockWait is how long completion waits for a database another
// jobpost holds: a tab press must not hang, and offering nothing is fine.
const completionLockWait = 50 * time.Millisecond

// completeDrafts offers the drafts' ids, each described by its title. It
// runs on every tab press, so it opens the database read-only and reads
// the summaries only, never a whole draft; it never creates a database.
func completeDrafts(ctx *context, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	return completeIDs(ctx, args, toComplete, func(s *storage.Store) ([]model.Summary, error) { return s.List() })
}

// completeTrashed offers the ids of the drafts in the trash.
func completeTrashed(ctx *context, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	return completeIDs(ctx, args, toComplete, func(s *storage.Store) ([]model.Summary, error) {
		items, err := s.Trash()
		list := make([]model.Summary, len(items))
		for i, it := range items {
			list[i] = it.Summary
		}
		return list, err
	})
}

func completeIDs(ctx *context, args []string, toComplete string, read func(*storage.Store) ([]model.Summary, error)) ([]cobra.Completion, cobra.ShellCompDirective) {
	const done = cobra.ShellCompDirectiveNoFileComp
	if len(args) > 0 {
		return nil, done
	}
	path, err := ctx.dbPath()
	if err != nil {
		return nil, done
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, done
	}
	store, err := storage.Open(path, storage.Options{ReadOnly: true, Timeout: completionLockWait})
	if err != nil {
		return nil, done
	}
	defer store.Close()
	list, err := read(store)
	if err != nil {
		return nil, done
	}
	out := make([]cobra.Completion, 0, len(list))
	for _, s := range list {
		if strings.HasPrefix(s.ID, toComplete) {
			out = append(out, cobra.CompletionWithDesc(s.ID, completionTitle(s)))
		}
	}
	return out, done
}

// completionTitle describes a draft in one line: its title, and where the
// job is when that is set. Tabs and newlines would break the protocol.
func completionTitle(s model.Summary) string {
	d := displayTitle(s.Title)
	if loc := model.CleanLine(s.Location); loc != "" {
		d += " · " + loc
	}
	return d
}
