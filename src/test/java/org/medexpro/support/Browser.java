package org.medexpro.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by the system chromedriver, at a tablet's size.
 */
public final class Browser implements AutoCloseable {

	private final WebDriver driver;

	private final String base;

	public Browser(int port) {
		this(port, 1024, 1366);
	}

	/** A browser window of this size: 1024 × 768 is a tablet held sideways. */
	public Browser(int port, int width, int height) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(RequiresChromium.BROWSER);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=" + width + "," + height);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of(RequiresChromium.DRIVER).toFile())
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		this.base = "http://127.0.0.1:" + port;
	}

	public Browser open(String path) {
		driver.get(base + path);
		return this;
	}

	public Browser type(String name, String text) {
		WebElement field = driver.findElement(By.name(name));
		field.clear();
		field.sendKeys(text);
		return this;
	}

	public Browser click(By by) {
		driver.findElement(by).click();
		return this;
	}

	/** Clicks something in the middle of the screen, as a finger would after scrolling to it (clear of sticky bars). */
	public Browser tap(By by) {
		WebElement element = driver.findElement(by);
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
		return this;
	}

	/** Clicks something that loads another page, and waits until it has. */
	public Browser follow(By by) {
		WebElement page = driver.findElement(By.tagName("html"));
		driver.findElement(by).click();
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> gone(page));
		new WebDriverWait(driver, Duration.ofSeconds(15))
			.until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
		return this;
	}

	/**
	 * Whether the page this element belongs to was replaced. Chromedriver says so with a stale
	 * element, or, while the next page is loading, with an inspector error that the node does not
	 * belong to the document (which Selenium's stalenessOf does not expect, and fails on).
	 */
	private static boolean gone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException | NoSuchElementException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	public Browser clickLink(String text) {
		return follow(By.linkText(text));
	}

	public Browser submit(String buttonText) {
		return follow(By.xpath("//button[normalize-space()='" + buttonText + "']"));
	}

	public String text() {
		return driver.findElement(By.tagName("body")).getText();
	}

	public String path() {
		return driver.getCurrentUrl().substring(base.length());
	}

	public WebDriver driver() {
		return driver;
	}

	/** Saves what the page looks like, for a person to check (target/screenshots). */
	public void screenshot(String name) throws IOException {
		Path target = Path.of("target", "screenshots", name + ".png");
		Files.createDirectories(target.getParent());
		Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
	}

	@Override
	public void close() {
		driver.quit();
	}

}
