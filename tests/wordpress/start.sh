#!/bin/sh
# A real WordPress on loopback for the publish tests: Debian's wordpress package (6.1) with a
# scratch MariaDB (no network, a socket in DIR) and PHP's own server on 127.0.0.1:PORT. Debian's
# wp-config picks /etc/wordpress/config-127.0.0.1.php by the Host header. Prints, once ready,
# one line: "URL USER APPLICATION_PASSWORD". Everything stops when process WATCH ends.
#   tests/wordpress/start.sh DIR PORT WATCH
set -eu
dir=$1 port=$2 watch=$3
mkdir -p "$dir/db" "$dir/content/uploads" "$dir/content/plugins" "$dir/content/mu-plugins"
# A site with display_errors on and a plugin that says something: while the file
# content/notice-on exists, every request's answer starts with a PHP notice, as such sites do.
cat > "$dir/content/mu-plugins/notice.php" <<'PHP'
<?php
if (file_exists(WP_CONTENT_DIR . '/notice-on')) {
    echo "<br />\n<b>Notice</b>:  Undefined index: verslag in <b>/var/www/plugin.php</b> on line <b>3</b><br />\n";
}
PHP
ln -sfn /usr/share/wordpress/wp-content/themes "$dir/content/themes"
sock="$dir/mysql.sock"
mariadb-install-db --no-defaults --datadir="$dir/db" --user=root --skip-test-db \
  --auth-root-authentication-method=normal > "$dir/install.log" 2>&1
mariadbd --no-defaults --datadir="$dir/db" --socket="$sock" --skip-networking --user=root \
  --pid-file="$dir/mariadb.pid" --log-error="$dir/mariadb.log" > "$dir/mariadb.out" 2>&1 &
db=$!
i=0
until [ -S "$sock" ]; do
  i=$((i + 1)); [ $i -lt 300 ] || { echo "MariaDB did not start: $(tail -5 "$dir/mariadb.log")" >&2; exit 1; }
  sleep 0.1
done
mariadb --no-defaults --socket="$sock" -uroot -e "CREATE DATABASE wordpress;
  CREATE USER 'wordpress'@'localhost' IDENTIFIED BY 'wordpress';
  GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';"
cat > /etc/wordpress/config-127.0.0.1.php <<PHP
<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', 'wordpress');
define('DB_HOST', 'localhost:$sock');
define('WP_CONTENT_DIR', '$dir/content');
define('WP_HOME', 'http://127.0.0.1:$port');
define('WP_SITEURL', 'http://127.0.0.1:$port');
define('WP_ENVIRONMENT_TYPE', 'local');
PHP
# PHP's server serves the uploads from the scratch content folder, as Apache's alias would.
cat > "$dir/router.php" <<PHP
<?php
\$path = parse_url(\$_SERVER['REQUEST_URI'], PHP_URL_PATH);
if (str_starts_with(\$path, '/wp-content/uploads/') && !str_contains(\$path, '..')) {
    \$file = '$dir/content' . substr(\$path, strlen('/wp-content'));
    if (is_file(\$file)) {
        header('Content-Type: ' . mime_content_type(\$file));
        header('Content-Length: ' . filesize(\$file));
        readfile(\$file);
        return true;
    }
}
return false;
PHP
# Installed without a browser: the site, an administrator, and an application password.
cd "$dir"
HTTP_HOST="127.0.0.1:$port" php -d error_reporting=0 -r '
  $_SERVER["HTTP_HOST"] = getenv("HTTP_HOST");
  define("WP_INSTALLING", true);
  require "/usr/share/wordpress/wp-load.php";
  require_once ABSPATH . "wp-admin/includes/upgrade.php";
  wp_install("Verslag test", "organiser", "organiser@example.org", true, "", wp_generate_password(24));
' > "$dir/wp-install.log" 2>&1
password=$(HTTP_HOST="127.0.0.1:$port" php -d error_reporting=0 -r '
  $_SERVER["HTTP_HOST"] = getenv("HTTP_HOST");
  require "/usr/share/wordpress/wp-load.php";
  update_option("permalink_structure", "/%postname%/");
  [$password] = WP_Application_Passwords::create_new_application_password(1, ["name" => "verslag"]);
  echo $password;
')
php -S "127.0.0.1:$port" -t /usr/share/wordpress -d upload_max_filesize=64M -d post_max_size=64M \
  -d memory_limit=512M "$dir/router.php" > "$dir/php.log" 2>&1 &
web=$!
(while kill -0 "$watch" 2>/dev/null; do sleep 1; done; kill "$web" "$db" 2>/dev/null) > /dev/null 2>&1 &
i=0
until php -r 'exit(@file_get_contents("http://127.0.0.1:'"$port"'/") === false ? 1 : 0);' 2>/dev/null; do
  i=$((i + 1)); [ $i -lt 100 ] || { echo "PHP's server did not answer: $(tail -5 "$dir/php.log")" >&2; exit 1; }
  sleep 0.1
done
echo "http://127.0.0.1:$port organiser $password"
