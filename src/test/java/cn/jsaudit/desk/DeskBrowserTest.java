package cn.jsaudit.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.jsaudit.fixtures.Examples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reviewer's morning in headless Chromium: sign in, upload the example, wait for the batch, open the unit, click
 * a finding and see its cell highlighted, mark it 已说明, upload the corrected submission and find it kept.
 */
class DeskBrowserTest {

    @TempDir
    Path tmp;

    @Test
    void signInUploadOpenAUnitSeeTheCellMarkItAndFindItKeptAfterAReupload() throws Exception {
        Optional<Path> chromium = WebDriver.program("chromium", "chromium-browser", "google-chrome");
        Optional<Path> driver = WebDriver.program("chromedriver");
        assumeTrue(chromium.isPresent() && driver.isPresent(), "chromium and chromium-driver are not installed (.ci/install-chromedriver)");
        Path zip = Files.write(tmp.resolve("沅江.zip"), DeskServerTest.zip(DeskServerTest.folder("沅江市医疗保障局-2023/",
                DeskServerTest.YUANJIANG)));
        try (Database db = Database.open(null, tmp.resolve("data"))) {
            new Accounts(db).add("alice", "alice-secret".toCharArray(), Accounts.REVIEWER);
            DeskServer server = new DeskServer(db, Examples.folder(), tmp.resolve("data"), DeskSettings.of(UploadLimits.DEFAULT, 2))
                    .start("127.0.0.1", 0);
            try (WebDriver b = WebDriver.start(driver.get(), chromium.get(), tmp.resolve("profile"))) {
                String base = "http://localhost:" + server.port();
                b.open(base + "/");
                assertTrue(b.url().endsWith("/login"), b.url());
                b.type(b.all("input[name=name]").get(0), "alice");
                b.type(b.all("input[name=password]").get(0), "alice-secret");
                b.click(b.all("button[type=submit]").get(0));
                b.await("#me", "alice（审核员）", 30);

                upload(b, zip);
                b.clickWhen("#units a", "沅江市医疗保障局", 120);
                String row = b.await("#findings tbody tr", "P-单位-名称", 30);
                b.click(row);
                String mark = b.await("#view td.mark", "南京市医疗保障局", 30);
                assertEquals("C2", b.attribute(mark, "data-cell"));
                b.screenshot(tmp.resolve("desk.png"));
                if (System.getProperty("desk.screenshot") != null) {
                    Files.copy(tmp.resolve("desk.png"), Path.of(System.getProperty("desk.screenshot")),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                b.type(b.all("#d-note").get(0), "单位来函：表头单位名称误填，已更正");
                b.click(b.await("#decide button", "已说明", 5));
                b.await("#findings tbody tr.selected", "已说明", 30);

                String firstUnit = b.url();

                // the corrected submission comes in: the unit's newest submission carries the decision as 上次已说明
                b.open(base + "/");
                b.await("#batches tbody tr", "1/1", 30);
                upload(b, zip);
                b.await("#batches tbody tr:first-child", "已完成", 120);
                // the unit's link once it leads to the new submission (the list is refreshed every two seconds)
                String firstId = firstUnit.substring(firstUnit.indexOf("?id=") + 4);
                b.clickWhen("#units a:not([href='/unit?id=" + firstId + "'])", "沅江市医疗保障局", 30);
                String again = b.await("#findings tbody tr", "P-单位-名称", 30);
                assertTrue(!b.url().equals(firstUnit), b.url());
                assertTrue(b.text(again).endsWith("上次已说明"), b.text(again));
            }
            server.close();
        }
    }

    private static void upload(WebDriver b, Path zip) throws Exception {
        b.type(b.all("#files").get(0), zip.toAbsolutePath().toString());
        b.click(b.all("#upload button[type=submit]").get(0));
        b.await("#upload-status", "已上传", 60);
    }
}
